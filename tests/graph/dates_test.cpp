// The time model's dates (chainex/dates.hpp) against day numbers from Python's datetime, an independent
// calendar: python3 -c "from datetime import date; print(date(2017,3,1).toordinal() - date(1970,1,1).toordinal())"
#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "chainex/dates.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {
namespace {

struct known_day {
  const char* text;
  day_number day;
};

// python3 -c "from datetime import date; e=date(1970,1,1).toordinal(); print(date(Y,M,D).toordinal()-e)"
constexpr known_day known[] = {{"1970-01-01", 0},       {"1969-12-31", -1},    {"2000-02-29", 11016},
                               {"2017-03-01", 17226},   {"2017-01-01", 17167}, {"0001-01-01", -719162},
                               {"9999-12-31", 2932896}, {"2024-12-31", 20088}, {"1900-03-01", -25508},
                               {"2100-02-28", 47540}};

TEST(dates, whole_dates_are_python_day_numbers_both_ways) {
  for (const known_day& k : known) {
    SCOPED_TRACE(k.text);
    EXPECT_EQ(day_of(k.text), k.day);
    EXPECT_EQ(format_date(k.day), k.text);
  }
}

TEST(dates, partial_dates_stand_for_their_first_day) {
  EXPECT_EQ(day_of("2017"), 17167);
  EXPECT_EQ(day_of("2017-03"), 17226);
  EXPECT_EQ(day_of("0001"), -719162);
  EXPECT_EQ(year_of(17226), 2017);
  EXPECT_EQ(year_of(-1), 1969);
  EXPECT_EQ(last_day_of_year(2024), 20088);
}

TEST(dates, bad_dates_say_why) {
  const auto why = [](const char* text) {
    const auto parsed = parse_date(text);
    return std::holds_alternative<std::string>(parsed) ? std::get<std::string>(parsed) : std::string("a date");
  };
  EXPECT_EQ(why("2017-13"), "month 13 is not 01 to 12");
  EXPECT_EQ(why("2017-02-29"), "day 29 is not in 2017-02");  // 2017 is not a leap year
  EXPECT_EQ(why("1900-02-29"), "day 29 is not in 1900-02");  // nor is 1900
  EXPECT_EQ(why("2000-02-29"), "a date");                    // 2000 is
  EXPECT_EQ(why("0000"), "year 0000 is not a date (years run from 0001)");
  for (const char* text : {"", "17", "2017-3", "2017/03/01", "2017-03-01T00:00", " 2017", "20a7", "2017-00-01x"})
    EXPECT_EQ(why(text), "not a date (YYYY, YYYY-MM or YYYY-MM-DD)") << text;
  EXPECT_EQ(why("2017-00"), "month 00 is not 01 to 12");
  EXPECT_EQ(why("2017-04-31"), "day 31 is not in 2017-04");
}

TEST(dates, presence_is_half_open) {
  const day_number since = *day_of("2017");
  const day_number until = *day_of("2019-06");
  EXPECT_FALSE(present_on(since, until, since - 1));
  EXPECT_TRUE(present_on(since, until, since));
  EXPECT_TRUE(present_on(since, until, until - 1));
  EXPECT_FALSE(present_on(since, until, until));
  EXPECT_TRUE(present_on(first_day, last_day, 0));  // undated: always
}

TEST(dates, the_one_compare_of_a_walk_agrees_with_the_two) {
  const day_number days[] = {first_day, first_day + 1, -1, 0, 1, 17226, last_day - 1, last_day};
  for (const day_number since : days) {
    for (const day_number until : days) {
      if (until < since) continue;
      const lifespan span{since, until};
      const lifespans spans{std::span<const lifespan>(&span, 1)};
      for (const day_number day : days)
        EXPECT_EQ(spans.present(0, day), present_on(since, until, day)) << since << " " << until << " " << day;
    }
  }
  EXPECT_TRUE(lifespans{}.present(12, 0));  // nothing dated: everything present
}

TEST(dates, lifespans_and_bases_are_checked_together) {
  EXPECT_EQ(check_lifespan("2017", "2019-06"), "");
  EXPECT_EQ(check_lifespan("", "2019"), "");
  EXPECT_EQ(check_lifespan("2017-05", "2017-05-01"), "");  // empty, not reversed
  EXPECT_EQ(check_lifespan("2017-05", "2017"), "until 2017 is before since 2017-05");
  EXPECT_EQ(check_lifespan("2017-02-30", ""), "since: day 30 is not in 2017-02 ('2017-02-30')");
  EXPECT_EQ(check_since_basis(""), "");
  EXPECT_EQ(check_since_basis("source-year"), "");
  EXPECT_EQ(check_since_basis("announced"), "");
  EXPECT_EQ(check_since_basis("guessed"), "since_basis 'guessed' is not exact, source-year or announced");
}

}  // namespace
}  // namespace chainex
