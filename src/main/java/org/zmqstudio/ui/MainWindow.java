package org.zmqstudio.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.zmqstudio.model.ElementRef;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketGuide;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.ExampleTopologies;
import org.zmqstudio.picture.Picture;
import org.zmqstudio.ui.actions.StudioActions;
import org.zmqstudio.ui.actions.StudioMenuBar;
import org.zmqstudio.ui.actions.StudioToolBar;
import org.zmqstudio.ui.canvas.TopologyCanvas;
import org.zmqstudio.ui.editor.AddElements;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.ui.files.ExportActions;
import org.zmqstudio.ui.files.FileActions;
import org.zmqstudio.ui.files.FileDialogs;
import org.zmqstudio.ui.files.RecentFiles;
import org.zmqstudio.ui.inspector.Inspector;
import org.zmqstudio.ui.monitor.LiveMonitor;
import org.zmqstudio.ui.monitor.MonitorFrame;
import org.zmqstudio.ui.palette.Palette;
import org.zmqstudio.ui.palette.PaletteItems;
import org.zmqstudio.ui.palette.SocketCardPopup;
import org.zmqstudio.ui.problems.ProblemsView;
import org.zmqstudio.ui.tour.TourPanel;

/**
 * The editor window: menus and toolbar on top, the palette on the left, the canvas in the centre
 * (with the topology's guided tour above it, when it has one) and the problems list below it, the inspector on the right, a status bar at the bottom. It wires
 * the parts to one {@link EditorDocument}; each part is its own class.
 */
public final class MainWindow {

    /** Where double-clicked palette items go when the spot is taken: this far down and right. */
    private static final double STACK_OFFSET = 30;
    /** The canvas's share of the height above the bottom panel, at first. */
    private static final double BOTTOM_DIVIDER = 0.64;
    /** The window's size when the screen is large enough, pixels (StudioApp then places it on the screen). */
    private static final double PREFERRED_WIDTH = 1440;
    private static final double PREFERRED_HEIGHT = 900;

    private static final String NETWORK_WARNING = "Sockets may then bind to addresses that other machines can reach"
            + " (a host name, an address of this machine, * or 0.0.0.0), and anyone on those networks can connect"
            + " to them while the topology runs. Allow it in this window?";

    private final Stage stage;
    private final EditorDocument document = new EditorDocument();
    private final TopologyCanvas canvas = new TopologyCanvas(document);
    private final StatusBar status = new StatusBar();
    private final FileActions files;
    private final LiveMonitor monitor;
    private final StudioActions actions;
    private final PresentationMode presentation;
    /** Where the divider between the canvas and the bottom panel was when the panel was hidden. */
    private double bottomDivider = BOTTOM_DIVIDER;

    /** Builds the window's scene on {@code stage} (not shown yet); {@code dialogs} answer the file questions. */
    public MainWindow(Stage stage, FileDialogs dialogs, RecentFiles recentFiles) {
        this.stage = stage;
        this.files = new FileActions(document, dialogs, recentFiles, status::say, this::opened);
        actions = new StudioActions(document, canvas, files,
                () -> stage.getScene() == null ? null : stage.getScene().getFocusOwner(), this::quit);
        Palette palette = new Palette(this::addAtCentreOfView);
        canvas.setOnPaletteDrop((text, x, y) -> add(text, x, y));
        SocketCardPopup socketCard = new SocketCardPopup();
        canvas.setOnTypeBadge((id, x, y) -> document.topology().node(id)
                .ifPresent(node -> socketCard.show(canvas, SocketGuide.of(document.topology(), node), x + 12, y + 12)));
        Inspector inspector = new Inspector(document);
        ProblemsView problems = new ProblemsView(document, this::reveal, found -> {
            canvas.setProblems(found);
            status.count(found);
        });

        monitor = new LiveMonitor(document, canvas, problems, this::say);
        monitor.setMayReplaceDocument(files::mayDiscardChanges);
        javafx.scene.Node bottom = monitor.bottomPanel();
        TourPanel tour = new TourPanel(document, canvas, monitor.controller());
        VBox canvasWithTour = new VBox(tour, canvas);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        SplitPane centre = new SplitPane(canvasWithTour, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(BOTTOM_DIVIDER);
        SplitPane.setResizableWithParent(bottom, false);
        actions.bottomPanelShown.addListener((o, was, shown) -> showBottomPanel(centre, bottom, shown));
        SplitPane panes = new SplitPane(palette, centre, inspector);
        panes.setDividerPositions(0.19, 0.73);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);

        BorderPane root = new BorderPane(panes);
        ExportActions exports = new ExportActions(document, dialogs, status::say, this::picture);
        MenuBar menus = StudioMenuBar.build(actions, files, exports, ExampleTopologies::list);
        BooleanProperty allowNetwork = new SimpleBooleanProperty(document.allowsNetwork());
        allowNetwork.addListener((obs, was, allowed) -> document.setAllowNetwork(allowed));
        menus.getMenus().add(menus.getMenus().size() - 1, monitor.actions().menu(allowNetwork,
                () -> dialogs.confirm("Allow network endpoints?", NETWORK_WARNING)));
        root.setTop(new VBox(menus, StudioToolBar.build(actions, canvas.zoomProperty(), monitor.actions().toolbarControls())));
        root.setBottom(status);
        root.setId("main-window");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(PREFERRED_WIDTH, screen.getWidth()), Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        actions.installAlternativeShortcuts(scene);
        monitor.installKeys(scene);
        presentation = new PresentationMode(stage, centre, canvas, monitor, actions.presenting, this::fitAfterNextLayout);
        presentation.installKeys(scene);
        presentation.setTourSteps(() -> {
            tour.next();
            presentation.caption(tour.saying());
        }, () -> {
            tour.back();
            presentation.caption(tour.saying());
        });
        scene.setOnDragOver(this::fileDragOver);
        scene.setOnDragDropped(this::fileDropped);
        Theme.apply(scene, actions.darkTheme.get());
        actions.darkTheme.addListener((obs, old, dark) -> Theme.apply(scene, dark));
        stage.setScene(scene);
        stage.getIcons().add(new Image(MainWindow.class.getResource("/icons/app.png").toExternalForm()));
        stage.setOnCloseRequest(event -> {
            if (!files.mayDiscardChanges()) {
                event.consume();
            } else {
                monitor.controller().stop();
            }
        });
        document.addListener(this::showTitle);
        showTitle();
    }

    public EditorDocument document() {
        return document;
    }

    public FileActions files() {
        return files;
    }

    public TopologyCanvas canvas() {
        return canvas;
    }

    public LiveMonitor monitor() {
        return monitor;
    }

    /** Presentation mode, whose → and ← page the tour panel's steps and show each in its caption. */
    public PresentationMode presentation() {
        return presentation;
    }

    /** A line for the status bar, and for the caption while presenting. */
    private void say(String text) {
        status.say(text);
        if (presentation != null) {
            presentation.caption(text);
        }
    }

    /**
     * The diagram as File ▸ Export and Copy Diagram as Image draw it: the selected nodes when there
     * are any (and the user wants only them), the theme's colours, the background and the run's
     * numbers as the Export menu says.
     */
    private Picture picture() {
        Picture picture = Picture.of(document.topology(), actions.darkTheme.get())
                .withTransparentBackground(actions.pictureTransparent.get());
        if (actions.pictureOfSelection.get() && !document.selection().nodeIds().isEmpty()) {
            picture = picture.onlyNodes(document.selection().nodeIds());
        }
        MonitorFrame frame = monitor.controller().frameProperty().get();
        if (actions.pictureWithNumbers.get() && frame != null) {
            picture = picture.withNotes(PictureNotes.ofNodes(frame.snapshot()), PictureNotes.ofLinks(frame.snapshot()));
        }
        return picture;
    }

    /** The title: {@code name — file.json •}, the dot while there are unsaved changes. */
    static String title(EditorDocument document) {
        Topology topology = document.topology();
        String name = topology.name().isBlank() ? "Untitled" : topology.name();
        String file = document.file() == null ? "" : " — " + document.file().getFileName();
        return name + file + (document.isDirty() ? " •" : "");
    }

    private void showTitle() {
        stage.setTitle(title(document));
    }

    /** Hides the bottom panel, giving its height to the canvas, or shows it again where it was. */
    private void showBottomPanel(SplitPane centre, javafx.scene.Node bottom, boolean shown) {
        if (shown && !centre.getItems().contains(bottom)) {
            centre.getItems().add(bottom);
            centre.setDividerPositions(bottomDivider);
        } else if (!shown && centre.getItems().contains(bottom)) {
            bottomDivider = centre.getDividerPositions()[0];
            centre.getItems().remove(bottom);
        }
    }

    /** Another topology replaced the document: nothing of the last run stays, and the new one is fitted in view. */
    private void opened() {
        monitor.forgetRun();
        fitAfterNextLayout();
    }

    /**
     * Fits the topology in the canvas once the next layout has given the canvas its size: a file
     * opened as the window opens would otherwise be fitted to the canvas's preferred size, not to
     * the screen the window fills.
     */
    private void fitAfterNextLayout() {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            canvas.fitToWindow();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void quit() {
        if (files.mayDiscardChanges()) {
            monitor.controller().stop();
            stage.close();
        }
    }

    private void add(String paletteText, double x, double y) {
        PaletteItems.add(paletteText, x, y).ifPresent(edit -> {
            Selection added = edit.placementIn(document.topology()).asSelection();
            document.execute(edit);
            document.select(added);
            document.endOfGesture();
            canvas.requestFocus();
        });
    }

    /** Adds a palette item in the middle of what the canvas shows, a little aside when a node is there. */
    private void addAtCentreOfView(String paletteText) {
        Bounds onScreen = canvas.localToScreen(canvas.getLayoutBounds());
        Point2D centre = onScreen == null ? Point2D.ZERO : canvas.canvasPointAt(onScreen.getCenterX(), onScreen.getCenterY());
        Optional<AddElements> probe = PaletteItems.add(paletteText, centre.getX(), centre.getY());
        double x = centre.getX();
        double y = centre.getY();
        while (probe.isPresent() && isTaken(probe.get())) {
            x += STACK_OFFSET;
            y += STACK_OFFSET;
            probe = PaletteItems.add(paletteText, x, y);
        }
        add(paletteText, x, y);
    }

    private boolean isTaken(AddElements edit) {
        Node first = edit.nodes().get(0);
        return document.topology().nodes().stream()
                .anyMatch(n -> Math.abs(n.x() - first.x()) < 1 && Math.abs(n.y() - first.y()) < 1);
    }

    private void reveal(ElementRef element) {
        if (element.kind() == ElementRef.Kind.NODE && document.topology().node(element.id()).isPresent()) {
            document.select(Selection.ofNodes(Set.of(element.id())));
        } else if (element.kind() == ElementRef.Kind.LINK && document.topology().link(element.id()).isPresent()) {
            document.select(Selection.ofLink(element.id()));
        }
        canvas.centreOn(element.id());
    }

    private void fileDragOver(DragEvent event) {
        if (droppedTopology(event) != null) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void fileDropped(DragEvent event) {
        Path file = droppedTopology(event);
        if (file != null) {
            event.setDropCompleted(true);
            event.consume();
            Platform.runLater(() -> files.open(file));
        }
    }

    /** The one {@code .json} file being dragged, or {@code null}. */
    private static Path droppedTopology(DragEvent event) {
        if (!event.getDragboard().hasFiles() || event.getDragboard().getFiles().size() != 1) {
            return null;
        }
        File file = event.getDragboard().getFiles().get(0);
        return file.getName().toLowerCase(Locale.ROOT).endsWith(".json") ? file.toPath() : null;
    }
}
