package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.registry.CertificateRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** 以证换券 without anyone asking: a certificate the registry stores may certify its holder's trained voucher. */
@Component
class CertifyOnCertificate {

    private final TrainingVouchers vouchers;

    CertifyOnCertificate(TrainingVouchers vouchers) {
        this.vouchers = vouchers;
    }

    @EventListener
    public void on(CertificateRegistered event) {
        vouchers.certifyBy(event.certificate());
    }
}
