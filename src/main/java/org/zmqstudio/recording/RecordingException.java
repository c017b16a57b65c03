package org.zmqstudio.recording;

/** A file that is not a whole recording this version can read; the message is one sentence for the user. */
public final class RecordingException extends Exception {

    public RecordingException(String sentence) {
        super(sentence);
    }
}
