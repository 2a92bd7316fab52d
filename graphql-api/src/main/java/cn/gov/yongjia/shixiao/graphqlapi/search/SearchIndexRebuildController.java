package cn.gov.yongjia.shixiao.graphqlapi.search;

import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code rebuildSearchIndex} and {@code searchIndexRebuild}: county administrators only. */
@Controller
class SearchIndexRebuildController {

    private final SearchIndexRebuild rebuild;
    private final StaffAccess access;

    SearchIndexRebuildController(SearchIndexRebuild rebuild, StaffAccess access) {
        this.rebuild = rebuild;
        this.access = access;
    }

    @MutationMapping
    SearchIndexRebuild.Report rebuildSearchIndex() {
        access.requireCountyAdmin();
        return rebuild.run((written, total) -> { });
    }

    @QueryMapping
    SearchIndexRebuild.Status searchIndexRebuild() {
        access.requireCountyAdmin();
        return rebuild.status().orElse(null);
    }
}
