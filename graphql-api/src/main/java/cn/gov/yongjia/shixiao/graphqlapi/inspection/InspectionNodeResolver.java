package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import java.util.Optional;

import cn.gov.yongjia.shixiao.graphqlapi.relay.NodeResolver;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import org.springframework.stereotype.Component;

/** {@code node(id)} for inspections: drafts exist only for staff. */
@Component
class InspectionNodeResolver implements NodeResolver {

    private final InspectionRecords records;
    private final StaffAccess access;

    InspectionNodeResolver(InspectionRecords records, StaffAccess access) {
        this.records = records;
        this.access = access;
    }

    @Override
    public String typeName() {
        return Inspection.TYPE;
    }

    @Override
    public Optional<Inspection> find(long key) {
        return records.find(key).filter(i -> i.isPublic() || access.isStaff());
    }
}
