package cn.gov.yongjia.shixiao.searchindex;

/**
 * The names of the physical indices behind an alias: {@code businesses_v3} for mapping version 3, the index a new
 * installation creates, and {@code businesses_v3_<millis>} for one a rebuild made beside it. Searches and writes use
 * the alias; only index management sees these names.
 */
public record PhysicalIndexNames(String alias, int mappingVersion) {

    /** The index of the current mapping version that a new installation creates: {@code businesses_v3}. */
    public String current() {
        return alias + "_v" + mappingVersion;
    }

    /** A new index of the current version beside the one that serves: {@code businesses_v3_<millis>}. */
    public String fresh(long millis) {
        return current() + "_" + millis;
    }

    /** Whether a physical index holds the current mapping version (created so, or by a rebuild). */
    public boolean isCurrent(String physical) {
        String current = current();
        return physical.equals(current) || physical.startsWith(current + "_");
    }

    /** The pattern matching the physical indices of every version: {@code businesses_v*}. */
    public String everyVersion() {
        return alias + "_v*";
    }
}
