package fr.hdh.catalog.core.usage;

/** A dataset in the "most reused" ranking: its projects and publications. */
public record RankedDataset(String dataset, int projects, int publications) {
    public int total() {
        return projects + publications;
    }
}
