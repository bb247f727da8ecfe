package org.newskg.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** One key, so one IRI, per real entity across articles that name it differently. */
class EntityKeyTest {
    @Test
    void anOrganizationsLegalFormIsNotPartOfItsKey() {
        String bare = Entity.keyOf(EntityType.ORGANIZATION, "Globex");
        assertEquals("organization/globex", bare);
        for (String variant : new String[]{"Globex Inc.", "Globex, Inc.", "Globex Inc", "Globex Corp.", "Globex Corporation",
                "Globex Ltd", "Globex LLC", "Globex PLC", "Globex GmbH", "Globex AG", "Globex S.A.", "Globex N.V."}) {
            assertEquals(bare, Entity.keyOf(EntityType.ORGANIZATION, variant), variant);
        }
        assertEquals("organization/initech-holdings", Entity.keyOf(EntityType.ORGANIZATION, "Initech Holdings Ltd"));
        assertNotEquals(bare, Entity.keyOf(EntityType.ORGANIZATION, "Globex Group"), "a group is not its parent's legal form");
        assertEquals("organization/inc", Entity.keyOf(EntityType.ORGANIZATION, "Inc."), "a name that is only a legal form stays");
        assertEquals("product/globex-inc", Entity.keyOf(EntityType.PRODUCT, "Globex Inc"), "only organizations");
    }
}
