package org.zmqstudio.ui.monitor;

/**
 * Why a run could not start or stopped failing, for the window to show.
 *
 * @param nodeId  the node at fault, to show the message at; {@code null} when no single node is
 * @param message one plain sentence, e.g. "node frontend cannot bind tcp://127.0.0.1:5559: the address is already in use"
 */
public record RunFailure(String nodeId, String message) {
}
