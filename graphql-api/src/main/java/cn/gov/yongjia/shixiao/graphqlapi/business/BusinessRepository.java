package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.yongjia.shixiao.graphqlapi.region.GeoPoint;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BusinessRepository {

    private static final String COLUMNS = """
            id, name, shop_sign_name, trade, credit_code, registration_number, address, township_code, latitude,
            longitude, private_residence, owner_name, contact_phone, status, status_since, demo, created_at,
            updated_at, version, village_code, grid_cell_code, risk_class, supervising_office_code""";

    private static final java.time.ZoneId COUNTY_TIME = java.time.ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    BusinessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the business (input already checked) and its first status entry. */
    Business insert(NewBusiness b, boolean demo, String recordedBy) {
        Business business = jdbc.sql("""
                        insert into business (name, shop_sign_name, trade, credit_code, registration_number, address,
                            township_code, latitude, longitude, private_residence, owner_name, contact_phone, demo,
                            status_since, village_code, grid_cell_code)
                        values (:name, :shopSignName, :trade, :creditCode, :registrationNumber, :address, :township,
                            :lat, :lon, :privateResidence, :ownerName, :contactPhone, :demo, :today, :village, :gridCell)
                        returning\s""" + COLUMNS)
                .param("name", b.name())
                .param("shopSignName", b.shopSignName())
                .param("trade", b.trade().name())
                .param("creditCode", b.creditCode())
                .param("registrationNumber", b.registrationNumber())
                .param("address", b.address())
                .param("township", b.townshipCode())
                .param("lat", b.location() == null ? null : b.location().lat())
                .param("lon", b.location() == null ? null : b.location().lon())
                .param("privateResidence", b.privateResidence())
                .param("ownerName", b.ownerName())
                .param("contactPhone", b.contactPhone())
                .param("demo", demo)
                .param("today", LocalDate.now(COUNTY_TIME))
                .param("village", b.villageCode())
                .param("gridCell", b.gridCellCode())
                .query(BusinessRepository::map)
                .single();
        insertStatusChange(business.key(), BusinessStatus.OPEN, business.statusSince(), "登记 registered", recordedBy);
        return business;
    }

    /** Writes the whole record (already checked) and bumps its version. */
    Business update(long key, NewBusiness b) {
        return jdbc.sql("""
                        update business set name = :name, shop_sign_name = :shopSignName, credit_code = :creditCode,
                            address = :address, township_code = :township, latitude = :lat, longitude = :lon,
                            private_residence = :privateResidence, owner_name = :ownerName, contact_phone = :contactPhone,
                            village_code = :village, grid_cell_code = :gridCell, updated_at = now(), version = version + 1
                        where id = :id returning\s""" + COLUMNS)
                .param("name", b.name())
                .param("shopSignName", b.shopSignName())
                .param("creditCode", b.creditCode())
                .param("address", b.address())
                .param("township", b.townshipCode())
                .param("lat", b.location() == null ? null : b.location().lat())
                .param("lon", b.location() == null ? null : b.location().lon())
                .param("privateResidence", b.privateResidence())
                .param("ownerName", b.ownerName())
                .param("contactPhone", b.contactPhone())
                .param("village", b.villageCode())
                .param("gridCell", b.gridCellCode())
                .param("id", key)
                .query(BusinessRepository::map)
                .single();
    }

    /** Sets the risk class and supervising office (already checked) and bumps the version. */
    Business setSupervision(long key, cn.gov.yongjia.shixiao.schema.types.RiskClass riskClass, String officeCode) {
        return jdbc.sql("""
                        update business set risk_class = :riskClass, supervising_office_code = :office,
                            updated_at = now(), version = version + 1
                        where id = :id returning\s""" + COLUMNS)
                .param("riskClass", riskClass == null ? null : riskClass.name())
                .param("office", officeCode)
                .param("id", key)
                .query(BusinessRepository::map)
                .single();
    }

    /** Sets the status and records it in the history, in the caller's transaction. */
    Business changeStatus(long key, BusinessStatus status, LocalDate effectiveOn, String reason, String recordedBy) {
        Business business = jdbc.sql("""
                        update business set status = :status, status_since = :since, updated_at = now(),
                            version = version + 1
                        where id = :id returning\s""" + COLUMNS)
                .param("status", status.name())
                .param("since", effectiveOn)
                .param("id", key)
                .query(BusinessRepository::map)
                .single();
        insertStatusChange(key, status, effectiveOn, reason, recordedBy);
        return business;
    }

    /** Marks the record as changed (a new version) without changing its fields, in the caller's transaction. */
    Optional<Business> touch(long key) {
        return jdbc.sql("update business set updated_at = now(), version = version + 1 where id = :id returning "
                        + COLUMNS)
                .param("id", key)
                .query(BusinessRepository::map)
                .optional();
    }

    private void insertStatusChange(long key, BusinessStatus status, LocalDate effectiveOn, String reason, String recordedBy) {
        jdbc.sql("""
                        insert into business_status_change (business_id, status, effective_on, reason, recorded_by)
                        values (:id, :status, :effectiveOn, :reason, :recordedBy)""")
                .param("id", key)
                .param("status", status.name())
                .param("effectiveOn", effectiveOn)
                .param("reason", reason)
                .param("recordedBy", recordedBy)
                .update();
    }

    Optional<Business> findByKey(long key) {
        return jdbc.sql("select " + COLUMNS + " from business where id = :id")
                .param("id", key)
                .query(BusinessRepository::map)
                .optional();
    }

    /** Locks the row for an update in this transaction. */
    Optional<Business> findByKeyForUpdate(long key) {
        return jdbc.sql("select " + COLUMNS + " from business where id = :id for update")
                .param("id", key)
                .query(BusinessRepository::map)
                .optional();
    }

    Optional<Business> findByCreditCode(String creditCode) {
        return jdbc.sql("select " + COLUMNS + " from business where credit_code = :code")
                .param("code", creditCode)
                .query(BusinessRepository::map)
                .optional();
    }

    Optional<Business> findBySource(String system, String id) {
        return jdbc.sql("select " + COLUMNS + " from business where source_system = :system and source_id = :id")
                .param("system", system).param("id", id)
                .query(BusinessRepository::map)
                .optional();
    }

    void linkSource(long key, String system, String id) {
        jdbc.sql("update business set source_system = :system, source_id = :id, last_synced_at = now() where id = :key")
                .param("system", system).param("id", id).param("key", key).update();
    }

    boolean existsWithRegistrationNumber(String number) {
        return jdbc.sql("select count(*) from business where registration_number = :number")
                .param("number", number).query(Long.class).single() > 0;
    }

    List<Business> findByKeys(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from business where id = any(:ids)")
                .param("ids", keys.toArray(Long[]::new))
                .query(BusinessRepository::map)
                .list();
    }

    /** The status histories of all these businesses in one query, newest first per business. */
    List<StatusChange> statusHistories(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select business_id, status, effective_on, reason, recorded_at from business_status_change
                        where business_id = any(:ids) order by business_id, id desc""")
                .param("ids", keys.toArray(Long[]::new))
                .query((rs, n) -> new StatusChange(rs.getLong("business_id"), BusinessStatus.valueOf(rs.getString("status")),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("reason"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    /** Keyset page in registration order: rows after {@code afterKey}, at most {@code limit}. */
    List<Business> page(Long afterKey, int limit) {
        return jdbc.sql("select " + COLUMNS + " from business where id > :after order by id limit :limit")
                .param("after", afterKey == null ? 0L : afterKey)
                .param("limit", limit)
                .query(BusinessRepository::map)
                .list();
    }

    List<Long> keysChangedSince(OffsetDateTime since) {
        return jdbc.sql("select id from business where updated_at >= :since order by id")
                .param("since", since)
                .query(Long.class)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from business").query(Long.class).single();
    }

    private static Business map(ResultSet rs, int row) throws SQLException {
        double lat = rs.getDouble("latitude");
        GeoPoint location = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
        return new Business(rs.getLong("id"), rs.getString("name"), rs.getString("shop_sign_name"),
                Trade.valueOf(rs.getString("trade")), rs.getString("credit_code"), rs.getString("registration_number"),
                rs.getString("address"), rs.getString("township_code"), location, rs.getBoolean("private_residence"),
                rs.getString("owner_name"), rs.getString("contact_phone"), BusinessStatus.valueOf(rs.getString("status")),
                rs.getObject("status_since", LocalDate.class), rs.getBoolean("demo"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("version"), rs.getString("village_code"), rs.getString("grid_cell_code"),
                rs.getString("risk_class") == null ? null
                        : cn.gov.yongjia.shixiao.schema.types.RiskClass.valueOf(rs.getString("risk_class").strip()),
                rs.getString("supervising_office_code"));
    }
}
