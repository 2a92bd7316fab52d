package cn.gov.yongjia.shixiao.graphqlapi.scalar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** {@code DateTime}: ISO-8601 with offset, written in the county's time zone (UTC+8). */
@Configuration(proxyBeanMethods = false)
class DateTimeScalar {

    static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    @Bean
    RuntimeWiringConfigurer dateTimeScalarWiring() {
        return wiring -> wiring.scalar(GraphQLScalarType.newScalar()
                .name("DateTime")
                .description("ISO-8601 date-time with offset")
                .coercing(new DateTimeCoercing())
                .build());
    }

    static final class DateTimeCoercing implements Coercing<OffsetDateTime, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            OffsetDateTime time = switch (value) {
                case OffsetDateTime t -> t;
                case Instant i -> i.atZone(COUNTY_TIME).toOffsetDateTime();
                default -> throw new CoercingSerializeException("Not a date-time: " + value.getClass().getSimpleName());
            };
            return time.atZoneSameInstant(COUNTY_TIME).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }

        @Override
        public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return OffsetDateTime.parse(String.valueOf(input));
            } catch (DateTimeParseException e) {
                throw new CoercingParseValueException("Not an ISO-8601 date-time with offset: " + input);
            }
        }

        @Override
        public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                try {
                    return OffsetDateTime.parse(string.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException("Not an ISO-8601 date-time with offset: " + string.getValue());
                }
            }
            throw new CoercingParseLiteralException("DateTime literals are strings");
        }
    }
}
