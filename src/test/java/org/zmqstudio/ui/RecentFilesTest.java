package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqstudio.ui.files.RecentFiles;

class RecentFilesTest {

    @TempDir
    Path folder;

    @Test
    void theLatestFileComesFirstOnceAndOnlyTenAreKept() {
        RecentFiles recent = new RecentFiles(folder.resolve("config/recent-files.txt"));
        IntStream.rangeClosed(1, 12).forEach(i -> recent.remember(folder.resolve("t" + i + ".json")));
        recent.remember(folder.resolve("t5.json"));

        List<Path> listed = new RecentFiles(folder.resolve("config/recent-files.txt")).list();

        assertEquals(RecentFiles.LIMIT, listed.size());
        assertEquals(List.of(folder.resolve("t5.json"), folder.resolve("t12.json"), folder.resolve("t11.json")),
                listed.subList(0, 3));
        recent.forget(folder.resolve("t5.json"));
        assertEquals(folder.resolve("t12.json"), recent.list().get(0));
    }

    @Test
    void anUnreadableStoreIsAnEmptyList() throws Exception {
        Path store = folder.resolve("a-folder");
        Files.createDirectories(store);
        RecentFiles recent = new RecentFiles(store);
        assertEquals(List.of(), recent.list());
        recent.remember(folder.resolve("x.json"));
        assertEquals(List.of(), recent.list());
    }
}
