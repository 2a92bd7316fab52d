package cn.gov.yongjia.shixiao.graphqlapi.api;

/** A caller's argument is malformed or out of range; reported as {@link ErrorCode#INVALID_ARGUMENT}. */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;

    public InvalidArgumentException(String argument, String message) {
        super(message);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
