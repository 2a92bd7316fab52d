package cn.gov.yongjia.shixiao.graphqlapi.scalar;

import java.time.LocalDate;
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

/** {@code Date} (ISO-8601 calendar date) and {@code CreditCode} (serialised as its 18 characters). */
@Configuration(proxyBeanMethods = false)
class DateScalar {

    @Bean
    RuntimeWiringConfigurer dateAndCreditCodeScalarWiring() {
        return wiring -> wiring
                .scalar(GraphQLScalarType.newScalar().name("Date").description("ISO-8601 calendar date")
                        .coercing(new DateCoercing()).build())
                .scalar(GraphQLScalarType.newScalar().name("CreditCode")
                        .description("Unified social credit code, 18 characters")
                        .coercing(new CreditCodeCoercing()).build());
    }

    static final class DateCoercing implements Coercing<LocalDate, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof LocalDate date) {
                return date.toString();
            }
            throw new CoercingSerializeException("Not a date: " + value.getClass().getSimpleName());
        }

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return LocalDate.parse(String.valueOf(input));
            } catch (DateTimeParseException e) {
                throw new CoercingParseValueException("Not an ISO-8601 date (YYYY-MM-DD): " + input);
            }
        }

        @Override
        public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                try {
                    return LocalDate.parse(string.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException("Not an ISO-8601 date (YYYY-MM-DD): " + string.getValue());
                }
            }
            throw new CoercingParseLiteralException("Date literals are strings");
        }
    }

    /** Output only in the contract today: inputs take credit codes as strings, to report mistakes as userErrors. */
    static final class CreditCodeCoercing implements Coercing<String, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            return value.toString();
        }

        @Override
        public String parseValue(Object input, GraphQLContext context, Locale locale) {
            return String.valueOf(input);
        }

        @Override
        public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                return string.getValue();
            }
            throw new CoercingParseLiteralException("CreditCode literals are strings");
        }
    }
}
