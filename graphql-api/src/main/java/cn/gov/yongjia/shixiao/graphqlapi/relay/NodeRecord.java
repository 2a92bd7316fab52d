package cn.gov.yongjia.shixiao.graphqlapi.relay;

/** The record of a type that implements GraphQL's {@code Node}: its {@code id} is {@link #globalId()}. */
public interface NodeRecord {

    /** The opaque global ID clients see ({@link GlobalId}). */
    String globalId();
}
