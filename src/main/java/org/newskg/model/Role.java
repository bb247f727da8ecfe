package org.newskg.model;

import java.util.Objects;

/**
 * A person's position at an organization: "CEO of Acme", or a former one.
 *
 * @param person       key of the person entity
 * @param title        the title as the text gives it, may be empty when only the employer is known
 * @param organization key of the organization entity
 * @param former       true for a past role ("former", "previously worked at")
 * @param evidence     the sentence it was read from
 */
public record Role(String person, String title, String organization, boolean former, Evidence evidence) {
    public Role {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(evidence, "evidence");
    }
}
