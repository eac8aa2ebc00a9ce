package io.quizarena.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a client address counts as: the host without its port, an IPv6 address by its /64. */
class JoinGuardAddressTest {

    @Test
    void ipv4WithOrWithoutAPortIsTheHost() {
        assertThat(JoinGuard.host("203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(JoinGuard.host("203.0.113.5:4711")).isEqualTo("203.0.113.5");
    }

    @Test
    void ipv6InEveryNotationIsItsSlash64WithoutThePort() {
        String prefix = JoinGuard.host("2001:db8:1:2::1");
        assertThat(prefix).endsWith("/64");
        assertThat(JoinGuard.host("[2001:db8:1:2::1]:443")).isEqualTo(prefix);
        assertThat(JoinGuard.host("[2001:db8:1:2:aaaa::9]")).isEqualTo(prefix);
        // as the socket layer writes a peer: the full address, a colon, the port
        assertThat(JoinGuard.host("2001:db8:1:2:0:0:0:1:51234")).isEqualTo(prefix);
        assertThat(JoinGuard.host("fe80:0:0:0:0:0:0:1%eth0")).isEqualTo(JoinGuard.host("fe80::2"));
        assertThat(JoinGuard.host("2001:db8:1:3::1")).isNotEqualTo(prefix);
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4Address() {
        assertThat(JoinGuard.host("::ffff:203.0.113.5")).isEqualTo("203.0.113.5");
    }

    @Test
    void noAddressIsOneKey() {
        assertThat(JoinGuard.host(null)).isEqualTo("unknown");
        assertThat(JoinGuard.host(" ")).isEqualTo("unknown");
    }
}
