package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.util.Optional;

import cn.gov.yongjia.shixiao.graphqlapi.relay.NodeResolver;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import org.springframework.stereotype.Component;

/** {@code node(id)} for releases: drafts and scheduled ones exist only for editors and publishers. */
@Component
class ReleaseNodeResolver implements NodeResolver {

    private final ReleaseRecords records;
    private final StaffAccess access;

    ReleaseNodeResolver(ReleaseRecords records, StaffAccess access) {
        this.records = records;
        this.access = access;
    }

    @Override
    public String typeName() {
        return Release.TYPE;
    }

    @Override
    public Optional<Release> find(long key) {
        return records.find(key).filter(r -> r.isPublic() || access.mayReadReleaseDrafts());
    }
}
