package org.zmqstudio.model;

/** The part of a topology a {@link Problem} is about; {@code id} is {@code null} for the topology itself. */
public record ElementRef(Kind kind, String id) {

    public enum Kind { TOPOLOGY, NODE, LINK }

    public static final ElementRef TOPOLOGY = new ElementRef(Kind.TOPOLOGY, null);

    public static ElementRef node(String id) {
        return new ElementRef(Kind.NODE, id);
    }

    public static ElementRef link(String id) {
        return new ElementRef(Kind.LINK, id);
    }

    /** {@code "node vent"}, {@code "link w1->vent"} or {@code "topology"}; the id escaped ({@link SafeText}). */
    @Override
    public String toString() {
        return kind == Kind.TOPOLOGY ? "topology" : kind.name().toLowerCase() + " " + SafeText.escape(id);
    }
}
