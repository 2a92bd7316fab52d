package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.relay.Connection;
import cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of businesses. Every change is committed together with a {@link BusinessChanged} event in the same
 * transaction (the event publication registry), so no committed change can miss the search index.
 */
@Service
public class BusinessRegistry {

    static final int MAX_NAME_LENGTH = 100;

    private final BusinessRepository repository;
    private final ApplicationEventPublisher events;

    BusinessRegistry(BusinessRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** The outcome of registering: the business, or why the input was refused (nothing is written then). */
    public record Registration(Business business, List<UserError> userErrors) {
    }

    @Transactional
    public Registration register(String name, Trade trade, boolean demo) {
        String cleanName = name == null ? "" : name.strip();
        List<UserError> errors = new ArrayList<>();
        if (cleanName.isEmpty()) {
            errors.add(UserError.required("input", "name"));
        } else if (cleanName.codePointCount(0, cleanName.length()) > MAX_NAME_LENGTH) {
            errors.add(UserError.tooLong(MAX_NAME_LENGTH, "input", "name"));
        } else if (cleanName.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(UserError.invalid("名称含控制字符 / The name contains control characters", "input", "name"));
        }
        if (trade == null) {
            errors.add(UserError.required("input", "trade"));
        }
        if (!errors.isEmpty()) {
            return new Registration(null, errors);
        }
        Business business = repository.insert(cleanName, trade, demo);
        events.publishEvent(new BusinessChanged(business.key()));
        return new Registration(business, List.of());
    }

    public Optional<Business> find(long key) {
        return repository.findByKey(key);
    }

    /** The businesses with these keys, in no particular order; unknown keys are left out. */
    public List<Business> findAll(Collection<Long> keys) {
        return repository.findByKeys(keys);
    }

    public Connection<Business> page(PageRequest page) {
        List<Business> rows = repository.page(page.afterKey(), page.first() + 1);
        return Connection.forward(rows, page, Business::key, repository.count());
    }

    public long count() {
        return repository.count();
    }
}
