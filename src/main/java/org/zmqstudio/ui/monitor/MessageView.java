package org.zmqstudio.ui.monitor;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zmqstudio.metrics.FrameCopy;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/**
 * One message opened from the Messages list: every frame with its index, size, part (identity,
 * delimiter, payload) and content (text where printable, else hex; a large frame's first bytes and
 * its size), the selected frame in full below; the path hop by hop with the time at each hop; the
 * whole "why". Ids {@code message-view}, {@code message-frames}, {@code message-frame-content},
 * {@code message-path}, {@code message-why}. UI thread only.
 */
final class MessageView extends VBox {

    /** Characters of a frame's content shown in its table row; the text area below shows all that was kept. */
    private static final int ROW_CHARS = 120;

    /** One frame as a row of the table. */
    record FrameRow(int index, String size, String part, String content, String fullContent) {
    }

    /**
     * @param event         the message as its receiver got it (its frames kept)
     * @param path          every hop of the message the list saw, oldest first (including {@code event})
     * @param why           why it went there, in full
     * @param runStartNanos when the run started, for the times of the hops
     */
    MessageView(Topology topology, MessageEvent event, List<MessageEvent> path, String why, long runStartNanos) {
        setId("message-view");
        setSpacing(6);
        setPadding(new Insets(10));
        Label title = new Label("Message " + event.messageId() + " from " + event.origin()
                + (event.topic() == null ? "" : ", topic '" + event.topic() + "'") + ", as " + event.to()
                + " received it");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold");
        TableView<FrameRow> frames = frameTable(rows(topology, event));
        TextArea content = new TextArea();
        content.setId("message-frame-content");
        content.setEditable(false);
        content.setWrapText(true);
        content.setPrefRowCount(4);
        frames.getSelectionModel().selectedItemProperty().addListener((o, was, row) ->
                content.setText(row == null ? "" : row.fullContent()));
        frames.getSelectionModel().selectFirst();
        VBox hops = new VBox(2);
        hops.setId("message-path");
        for (int i = 0; i < path.size(); i++) {
            hops.getChildren().add(new Label(hop(i + 1, path.get(i), runStartNanos)));
        }
        Label because = new Label(why);
        because.setId("message-why");
        because.setWrapText(true);
        because.setMinHeight(USE_PREF_SIZE);
        VBox.setVgrow(frames, Priority.ALWAYS);
        Label framesTitle = new Label(framesTitle(event));
        framesTitle.setWrapText(true);
        framesTitle.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(title, framesTitle, frames, content, new Label("Path"), hops,
                new Label("Why"), because);
    }

    private static String framesTitle(MessageEvent event) {
        int total = event.envelopeFrames() + event.frames();
        String title = "Frames: " + total;
        if (event.parts().size() < total) {
            title += " (the first " + event.parts().size() + " kept)";
        }
        return event.envelopeFrames() == 0 ? title : title + ". The envelope comes first: the identities ROUTER"
                + " sockets put in front of the message, to route its reply back, then an empty delimiter.";
    }

    /** The rows of the message's frames: identities named, the empty delimiter marked. */
    static List<FrameRow> rows(Topology topology, MessageEvent event) {
        boolean atRouter = topology.node(event.to()).map(Node::socket).orElse(null) == SocketType.ROUTER;
        List<FrameCopy> parts = event.parts();
        return IntStream.range(0, parts.size()).mapToObj(i -> {
            FrameCopy frame = parts.get(i);
            String part;
            String content;
            if (i < event.envelopeFrames() && frame.size() == 0) {
                part = "delimiter";
                content = "(empty frame: the envelope ends here)";
            } else if (i < event.envelopeFrames()) {
                part = "identity";
                content = FrameText.identity(frame, i == 0 && atRouter ? event.from() : null);
            } else {
                part = i == event.envelopeFrames() ? "payload" : "payload " + (i - event.envelopeFrames() + 1);
                content = FrameText.content(frame) + (FrameText.isText(frame) ? "" : "  (hex)");
            }
            String shown = content.length() > ROW_CHARS ? content.substring(0, ROW_CHARS) + "…" : content;
            return new FrameRow(i, FrameText.size(frame), part, shown, content);
        }).toList();
    }

    private static TableView<FrameRow> frameTable(List<FrameRow> rows) {
        TableView<FrameRow> table = new TableView<>();
        table.setId("message-frames");
        table.getItems().setAll(rows);
        table.getColumns().addAll(List.of(
                column("#", 40, r -> Integer.toString(r.index())),
                column("Size", 200, FrameRow::size),
                column("Part", 90, FrameRow::part),
                column("Content", 260, FrameRow::content)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The frames of this message were not kept."));
        return table;
    }

    private static TableColumn<FrameRow, String> column(String title, double width, Function<FrameRow, String> value) {
        TableColumn<FrameRow, String> column = Columns.titled(title, width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** {@code 2. proxy → sub: sent at 1.204 s, received at 1.204 s (41 µs on the way)}. */
    private static String hop(int number, MessageEvent hop, long runStartNanos) {
        String line = number + ". " + hop.from() + " → " + hop.to();
        if (hop.sentNanos() == 0) {
            return line + ": received at " + seconds(hop.receivedNanos() - runStartNanos);
        }
        return line + ": sent at " + seconds(hop.sentNanos() - runStartNanos) + ", received at "
                + seconds(hop.receivedNanos() - runStartNanos) + " ("
                + Figures.micros((hop.receivedNanos() - hop.sentNanos()) / 1_000.0, true) + " on the way)";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
