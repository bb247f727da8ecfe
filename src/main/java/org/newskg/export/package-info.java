/**
 * Export: writes article graphs or a whole store as Turtle, TriG, N-Quads or JSON-LD; {@link org.newskg.export.Json}
 * holds the one Jackson mapper.
 */
package org.newskg.export;
