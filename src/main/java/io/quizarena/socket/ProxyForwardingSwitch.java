package io.quizarena.socket;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Turns proxy address forwarding on exactly when trusted proxies are listed (docs/adr/0013). Quarkus reads an empty
 * {@code quarkus.http.proxy.trusted-proxies} as "trust every peer", so forwarding on without a list would let any
 * client name its own address; with this switch, one setting decides both. Registered through the service loader.
 */
public class ProxyForwardingSwitch implements ConfigSourceInterceptor {

    static final String FORWARDING = "quarkus.http.proxy.proxy-address-forwarding";
    static final String TRUSTED = "quarkus.http.proxy.trusted-proxies";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!FORWARDING.equals(name)) {
            return value;
        }
        ConfigValue trusted = context.proceed(TRUSTED);
        boolean listed = trusted != null
                && trusted.getValue() != null
                && !trusted.getValue().isBlank();
        ConfigValue base = value != null
                ? value
                : ConfigValue.builder().withName(FORWARDING).build();
        return base.withValue(String.valueOf(listed));
    }
}
