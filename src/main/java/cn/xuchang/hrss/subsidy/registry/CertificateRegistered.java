package cn.xuchang.hrss.subsidy.registry;

/**
 * A certificate was stored for a person (new or updated), published inside the registering transaction. Features that
 * wait for a certificate (a training voucher: 以证换券) listen for it; the registry knows none of them.
 */
public record CertificateRegistered(Certificate certificate) {}
