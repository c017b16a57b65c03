package org.zmqstudio.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/** Pictures of the diagram: SVG that an XML parser reads with its words as text, PNGs of the size asked. */
class PictureTest {

    private static final Topology PIPE = new Topology("Pipe <&> \"test\"", "", List.of(
            Node.of("vent", SocketType.PUSH, 0, 0).withLabel("Vent & <tasks>\u0007"),
            Node.of("sink", SocketType.PULL, 300, 100)),
            List.of(Link.between("sink", "vent")));

    @Test
    void theSvgParsesAsXmlAndKeepsEveryLabelAsText() throws Exception {
        String svg = SvgPicture.write(Picture.of(PIPE, false)
                .withNotes(Map.of("vent", "↑12  ↓0"), Map.of(PIPE.links().get(0).id(), "40/s")));

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals("Pipe <&> \"test\"", document.getElementsByTagName("title").item(0).getTextContent());
        List<String> texts = texts(document);
        assertTrue(texts.contains("Vent & <tasks>\ufffd"), texts.toString());
        assertTrue(texts.containsAll(List.of("PUSH", "PULL", "sink", "↑12  ↓0", "40/s")), texts.toString());
    }

    @Test
    void aLinkTooShortForItsNoteShowsNoneRatherThanCoverACard() {
        Topology close = new Topology("Close", "", List.of(
                Node.of("a", SocketType.PUSH, 0, 0), Node.of("b", SocketType.PULL, NodeCard.WIDTH + 40, 0)),
                List.of(Link.between("b", "a")));

        String svg = SvgPicture.write(Picture.of(close, false).withNotes(Map.of(), Map.of(close.links().get(0).id(), "1,234,567/s")));

        assertTrue(!svg.contains("1,234,567/s"), svg);
    }

    @Test
    void theSvgShowsTheWholeTopologyWithAMargin() throws Exception {
        String svg = SvgPicture.write(Picture.of(PIPE, true));

        double width = 300 + NodeCard.WIDTH + 2 * Picture.MARGIN;
        double height = 100 + NodeCard.HEIGHT + 2 * Picture.MARGIN;
        assertTrue(svg.contains("viewBox=\"-28 -28 " + SvgPicture.number(width) + " " + SvgPicture.number(height) + "\""), svg);
        assertTrue(svg.contains("fill=\"" + DiagramColors.DARK.background() + "\""), "the dark background");
    }

    @Test
    void aSelectionShowsOnlyItsNodesAndTheLinksBetweenThem() {
        String svg = SvgPicture.write(Picture.of(PIPE, false).onlyNodes(Set.of("sink")));

        assertTrue(svg.contains(">sink</text>"));
        assertTrue(!svg.contains("Vent"), svg);
        assertTrue(!Pattern.compile("<path d=\"M[-0-9.]+,[-0-9.]+ C").matcher(svg).find(), "no link's curve: " + svg);
    }

    @Test
    void aPngIsAsLargeAsTheAreaTimesTheScaleAndTransparentWhenAsked() {
        Picture picture = Picture.of(PIPE, false).withTransparentBackground(true);
        Picture.Area area = picture.area();

        PngPicture.Pixels one = PngPicture.render(picture, 1);
        PngPicture.Pixels four = PngPicture.render(picture, 4);

        assertEquals((int) Math.ceil(area.width()), one.width());
        assertEquals((int) Math.ceil(area.height() * 4), four.height());
        assertEquals(0, one.argb()[0] >>> 24, "a corner outside every card is transparent");
        int onCard = one.argb()[(int) (Picture.MARGIN + 30) * one.width() + (int) (Picture.MARGIN + 100)];
        assertEquals(0xffffffff, onCard, "the middle of a light card is white");
    }

    @Test
    void aPngFileStartsWithThePngSignatureAndItsSize() {
        byte[] png = PngPicture.png(Picture.of(PIPE, false), 2);

        assertEquals(0x89, png[0] & 0xff);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        PngPicture.Pixels pixels = PngPicture.render(Picture.of(PIPE, false), 2);
        assertEquals(pixels.width(), java.nio.ByteBuffer.wrap(png, 16, 4).getInt());
        assertEquals(pixels.height(), java.nio.ByteBuffer.wrap(png, 20, 4).getInt());
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
