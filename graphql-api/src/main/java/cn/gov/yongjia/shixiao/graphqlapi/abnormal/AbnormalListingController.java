package cn.gov.yongjia.shixiao.graphqlapi.abnormal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffMember;
import cn.gov.yongjia.shixiao.schema.types.ListAbnormalOperationInput;
import cn.gov.yongjia.shixiao.schema.types.RemoveAbnormalOperationInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Listing in and removal from the abnormal-operation list (staff in scope); public while a listing is in force. */
@Controller
class AbnormalListingController {

    private final AbnormalListings listings;
    private final BusinessRegistry businesses;
    private final StaffAccess access;

    AbnormalListingController(AbnormalListings listings, BusinessRegistry businesses, StaffAccess access) {
        this.listings = listings;
        this.businesses = businesses;
        this.access = access;
    }

    @MutationMapping
    AbnormalListings.Outcome listAbnormalOperation(@Argument ListAbnormalOperationInput input) {
        long key = GlobalId.keyOf(input.getBusinessId(), Business.TYPE, "businessId");
        Business business = businesses.find(key).orElse(null);
        if (business == null) {
            return new AbnormalListings.Outcome(null, List.of(UserError.noSuchBusiness("input", "businessId")));
        }
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        return listings.list(new AbnormalListings.NewListing(key, input.getReason(), input.getListedOn(),
                input.getDecidingBody(), input.getDecisionNumber()), staff.username(), false);
    }

    @MutationMapping
    AbnormalListings.Outcome removeAbnormalOperation(@Argument RemoveAbnormalOperationInput input) {
        long key = GlobalId.keyOf(input.getListingId(), AbnormalListing.TYPE, "listingId");
        AbnormalListing listing = listings.find(key).orElse(null);
        if (listing == null) {
            return new AbnormalListings.Outcome(null, List.of(UserError.notFound("没有这条列入记录 / No such listing",
                    "input", "listingId")));
        }
        Business business = businesses.find(listing.businessKey()).orElseThrow();
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        return listings.remove(key, input.getRemovedOn(), input.getReason(), staff.username());
    }

    /** One query for the page: the public sees listings in force, staff the whole history. */
    @BatchMapping(typeName = Business.TYPE)
    Map<Business, List<AbnormalListing>> abnormalListings(List<Business> page) {
        Map<Long, List<AbnormalListing>> byBusiness = listings.of(page.stream().map(Business::key).toList(), access.isStaff());
        return page.stream().collect(Collectors.toMap(Function.identity(),
                b -> byBusiness.getOrDefault(b.key(), List.of()), (a, b) -> a));
    }

    @SchemaMapping(typeName = "AbnormalListing", field = "id")
    String id(AbnormalListing listing) {
        return listing.globalId();
    }
}
