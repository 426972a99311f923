package io.weir.platform.leads;

/** How the rep reached the customer. */
public enum ResponseChannel { PHONE, WECHAT, EMAIL, VISIT }
