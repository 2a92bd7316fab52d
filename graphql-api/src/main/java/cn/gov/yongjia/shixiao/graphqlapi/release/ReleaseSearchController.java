package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.relay.Connection;
import cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import cn.gov.yongjia.shixiao.schema.types.ReleaseSearchFilter;
import cn.gov.yongjia.shixiao.searchindex.release.ReleaseSearch;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code searchReleases}: Elasticsearch ranks, PostgreSQL answers (one query for the page's releases, and only public
 * ones are shown even should the index lag behind a withdrawal); {@code rebuildReleaseSearchIndex}.
 */
@Controller
class ReleaseSearchController {

    private static final String PREFIX = "rs1:";
    private static final int MAX_OFFSET = 10_000;

    /** One hit: the release and its highlighted title. */
    record SearchEdge(String cursor, Release node, String highlightedTitle) {
    }

    /** A page of hits. */
    record SearchConnection(List<SearchEdge> edges, Connection.PageInfo pageInfo, long totalCount) {
    }

    private final ReleaseSearch search;
    private final ReleaseRepository repository;
    private final ReleaseIndexing indexing;
    private final StaffAccess access;

    ReleaseSearchController(ReleaseSearch search, ReleaseRepository repository, ReleaseIndexing indexing, StaffAccess access) {
        this.search = search;
        this.repository = repository;
        this.indexing = indexing;
        this.access = access;
    }

    @QueryMapping
    SearchConnection searchReleases(@Argument String query, @Argument ReleaseSearchFilter filter, @Argument Integer first,
                                       @Argument String after) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > 100) {
            throw new InvalidArgumentException("query", "检索词须为 1 到 100 个字符 / The query is 1 to 100 characters");
        }
        int size = first == null ? 20 : first;
        if (size < 1 || size > PageRequest.MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("first", "first 须在 1 到 100 之间 / first must be between 1 and 100");
        }
        int offset = after == null ? 0 : offsetOf(after) + 1;
        ReleaseSearchFilter f = filter == null ? new ReleaseSearchFilter() : filter;
        var hits = search.search(text, new ReleaseSearch.Filter(
                f.getCategories() == null ? List.of() : f.getCategories(),
                f.getIssuers() == null ? List.of() : f.getIssuers(),
                f.getLanguage() == null ? null : f.getLanguage().name()), offset, size);
        Map<Long, Release> releases = repository.findAll(hits.hits().stream().map(h -> h.releaseId()).toList()).stream()
                .filter(Release::isPublic).collect(Collectors.toMap(Release::key, Function.identity()));
        List<SearchEdge> edges = new ArrayList<>();
        for (var hit : hits.hits()) {
            Release release = releases.get(hit.releaseId());
            if (release != null) {
                edges.add(new SearchEdge(cursor(hit.offset()), release, hit.highlightedTitle()));
            }
        }
        return new SearchConnection(edges, new Connection.PageInfo(hits.hasMore(), after != null,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
                hits.total());
    }

    @MutationMapping
    int rebuildReleaseSearchIndex() {
        access.requireCountyAdmin();
        return (int) indexing.rebuild();
    }

    private static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetOf(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX)) {
                throw new IllegalArgumentException("prefix");
            }
            int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
            if (offset < 0 || offset >= MAX_OFFSET) {
                throw new IllegalArgumentException("range");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("after", "不是有效的游标 / Not a valid cursor: " + cursor);
        }
    }
}
