package cn.gov.yongjia.shixiao.portal.business.ui;

import cn.gov.yongjia.shixiao.portal.business.BusinessProfile;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * {@code /credit-code/{统一社会信用代码}}: finds the business with that credit code and sends the reader on to its
 * permanent page (the global ID's address), so printed material can use either.
 */
@Route(value = "credit-code", layout = MainLayout.class)
class CreditCodeView extends Div implements HasUrlParameter<String> {

    private final BusinessProfile profiles;

    CreditCodeView(BusinessProfile profiles) {
        this.profiles = profiles;
    }

    @Override
    public void setParameter(BeforeEvent event, String creditCode) {
        var business = profiles.idByCreditCode(creditCode.strip()).orElseThrow(NotFoundException::new);
        event.forwardTo("business/" + business.getId());
    }
}
