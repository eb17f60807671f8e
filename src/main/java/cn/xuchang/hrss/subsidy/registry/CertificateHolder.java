package cn.xuchang.hrss.subsidy.registry;

import java.time.LocalDate;
import java.util.List;

/** What the subsidy rules need to know of a registered person: the name and when each certificate was issued. */
public record CertificateHolder(String name, List<LocalDate> certificateIssueDates) {}
