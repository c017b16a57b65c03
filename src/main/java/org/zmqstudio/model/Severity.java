package org.zmqstudio.model;

/** How bad a {@link Problem} is: an error stops a run, a warning only explains. */
public enum Severity {
    ERROR, WARNING
}
