package nl.speelveld.socialmap.playingfield;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlayingFieldSettings.class)
class PlayingFieldConfiguration {
}
