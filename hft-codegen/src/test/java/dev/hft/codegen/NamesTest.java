package dev.hft.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void shouldSpellConstantsInUpperSnakeCase() {
        assertEquals("ORDER_REFERENCE_NUMBER", Names.constant("orderReferenceNumber"));
        assertEquals("LEVEL1", Names.constant("level1"));
        assertEquals("PRICE", Names.constant("price"));
    }

    @Test
    void shouldChangeTheFirstLetterOnly() {
        assertEquals("addOrder", Names.lowerFirst("AddOrder"));
        assertEquals("Stock", Names.upperFirst("stock"));
    }
}
