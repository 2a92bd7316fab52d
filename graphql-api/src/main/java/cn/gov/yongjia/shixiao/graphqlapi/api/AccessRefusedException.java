package cn.gov.yongjia.shixiao.graphqlapi.api;

/**
 * The caller may not do this: not signed in ({@link ErrorCode#UNAUTHENTICATED}) or outside their role or scope
 * ({@link ErrorCode#FORBIDDEN}). Thrown before anything is written.
 */
public class AccessRefusedException extends RuntimeException {

    private final ErrorCode code;

    private AccessRefusedException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public static AccessRefusedException notSignedIn() {
        return new AccessRefusedException(ErrorCode.UNAUTHENTICATED,
                "请以工作人员身份登录 / Sign in as staff (HTTP Basic) to make changes");
    }

    public static AccessRefusedException outOfScope(String why) {
        return new AccessRefusedException(ErrorCode.FORBIDDEN, why);
    }

    public ErrorCode code() {
        return code;
    }
}
