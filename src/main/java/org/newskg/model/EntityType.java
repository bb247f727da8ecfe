package org.newskg.model;

/** The kinds of named entity newskg recognizes. */
public enum EntityType {
    PERSON, ORGANIZATION, PRODUCT
}
