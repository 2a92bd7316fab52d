package cn.gov.yongjia.shixiao.graphqlapi.staff;

/** Rights on news releases, given to staff accounts; county administrators hold both. */
public enum ReleaseRight {
    /** 编辑: writes drafts and edits releases. */
    EDIT,
    /** 发布人: schedules, publishes and withdraws releases. */
    PUBLISH
}
