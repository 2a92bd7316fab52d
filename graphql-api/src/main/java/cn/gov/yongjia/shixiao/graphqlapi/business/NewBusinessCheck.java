package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import cn.gov.yongjia.shixiao.graphqlapi.region.Villages;

/** Checks and cleans a {@link NewBusiness}: every rule that can be checked before writing, with one error per field. */
final class NewBusinessCheck {

    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 200;
    static final int MAX_OWNER = 50;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    record Result(NewBusiness business, List<UserError> errors) {
    }

    private NewBusinessCheck() {
    }

    static Result check(NewBusiness in, Townships townships, Villages villages, BusinessRepository repository) {
        return check(in, townships, villages, repository, null);
    }

    /** As for a new business; {@code self} (the business being updated) is no duplicate of itself. */
    static Result check(NewBusiness in, Townships townships, Villages villages, BusinessRepository repository, Long self) {
        List<UserError> errors = new ArrayList<>();
        String name = text(in.name(), MAX_NAME, true, errors, "name");
        String shopSign = text(in.shopSignName(), MAX_NAME, false, errors, "shopSignName");
        String address = text(in.address(), MAX_ADDRESS, false, errors, "address");
        String owner = text(in.ownerName(), MAX_OWNER, false, errors, "ownerName");
        if (in.trade() == null) {
            errors.add(UserError.required("input", "trade"));
        }

        String creditCode = null;
        if (blankToNull(in.creditCode()) != null) {
            var parsed = CreditCode.parse(in.creditCode());
            if (parsed.isEmpty()) {
                errors.add(UserError.invalid("统一社会信用代码无效（长度、字符或校验位不符）/ Not a valid unified social credit "
                        + "code (length, characters or check character)", "input", "creditCode"));
            } else if (repository.findByCreditCode(parsed.get().value()).filter(b -> !Long.valueOf(b.key()).equals(self)).isPresent()) {
                errors.add(duplicate("creditCode"));
            } else {
                creditCode = parsed.get().value();
            }
        }
        String registrationNumber = null;
        if (blankToNull(in.registrationNumber()) != null) {
            if (!CreditCode.isLegacyRegistrationNumber(in.registrationNumber())) {
                errors.add(UserError.invalid("旧注册号应为 15 位数字 / A legacy registration number has 15 digits",
                        "input", "registrationNumber"));
            } else {
                registrationNumber = CreditCode.normalise(in.registrationNumber());
                if (self == null && repository.existsWithRegistrationNumber(registrationNumber)) {
                    errors.add(duplicate("registrationNumber"));
                    registrationNumber = null;
                }
            }
        }
        String township = blankToNull(in.townshipCode());
        if (township != null && townships.find(township).isEmpty()) {
            errors.add(new UserError(List.of("input", "townshipCode"), "NOT_FOUND",
                    "没有这个乡镇代码 / No township has this code (see the townships query)"));
        }
        String village = blankToNull(in.villageCode());
        String gridCell = blankToNull(in.gridCellCode());
        if (village != null) {
            var found = villages.find(village);
            if (found.isEmpty()) {
                errors.add(new UserError(List.of("input", "villageCode"), "NOT_FOUND",
                        "没有这个村（社区）代码 / No village or community has this code (see Township.villages)"));
            } else if (!found.get().townshipCode().equals(township)) {
                errors.add(UserError.invalid("该村（社区）不属于所填乡镇 / The village does not belong to the business's township",
                        "input", "villageCode"));
            }
        }
        if (gridCell != null) {
            var found = villages.findGridCell(gridCell);
            if (found.isEmpty()) {
                errors.add(new UserError(List.of("input", "gridCellCode"), "NOT_FOUND",
                        "没有这个网格代码 / No grid cell has this code (see Village.gridCells)"));
            } else if (!found.get().villageCode().equals(village)) {
                errors.add(UserError.invalid("该网格不属于所填村（社区）/ The grid cell does not belong to the business's village",
                        "input", "gridCellCode"));
            }
        }
        if (in.location() != null && !in.location().isInYongjia()) {
            errors.add(UserError.invalid("位置不在永嘉县境内 / The location is not within Yongjia County", "input", "location"));
        }
        String phone = blankToNull(in.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(UserError.invalid("电话号码只能含数字、空格、+、- （5–20 位）/ A phone number has 5 to 20 digits, "
                    + "spaces, + or -", "input", "contactPhone"));
        }
        NewBusiness cleaned = new NewBusiness(name, in.trade(), shopSign, creditCode, registrationNumber, address,
                township, in.location(), in.privateResidence(), owner, phone, village, gridCell);
        return new Result(cleaned, errors);
    }

    static UserError duplicate(String field) {
        return new UserError(List.of("input", field), "DUPLICATE",
                "已有经营主体使用该号码 / Another business in the register already has this number");
    }

    /** Strips; blank becomes null; checks length and control characters. */
    static String text(String value, int max, boolean required, List<UserError> errors, String field) {
        String clean = blankToNull(value);
        if (clean == null) {
            if (required) {
                errors.add(UserError.required("input", field));
            }
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > max) {
            errors.add(UserError.tooLong(max, "input", field));
        } else if (clean.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(UserError.invalid("含控制字符 / Contains control characters", "input", field));
        }
        return clean;
    }

    static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
