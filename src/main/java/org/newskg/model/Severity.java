package org.newskg.model;

/** How serious a diagnostic is. */
public enum Severity {
    INFO, WARNING, ERROR
}
