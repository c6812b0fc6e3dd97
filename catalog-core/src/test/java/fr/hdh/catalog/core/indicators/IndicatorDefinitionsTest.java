package fr.hdh.catalog.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken definition stops the load, saying which indicator and what is wrong. */
class IndicatorDefinitionsTest {

    @Test
    void aUnitNoneOfTheFourIsRefusedNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> IndicatorDefinitions.read("indicators/bad-unit/indicators.ttl"));
        assertTrue(e.getMessage().contains("indicators#litres") && e.getMessage().contains("unit 'litres'"), e.getMessage());
    }

    @Test
    void aMissingQueryFileIsRefusedNamingTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> IndicatorDefinitions.read("indicators/missing-query/indicators.ttl"));
        assertTrue(e.getMessage().contains("indicators/missing-query/no-such-file.rq"), e.getMessage());
    }

    @Test
    void everyBundledQueryParsesAndEveryIndicatorHasBothLanguages() {
        List<Indicator> plan = IndicatorDefinitions.bundled();
        assertEquals(11, plan.size());
        for (Indicator i : plan) {
            assertTrue(i.query().parsed().getResultVars().contains("value"), i.id() + " answers ?value");
            assertTrue(!i.name().fr().equals(i.name().en()), i.id());
            assertTrue(i.breakdown().isPresent() || i.id().equals("supported-projects-completed-share"), i.id());
        }
    }
}
