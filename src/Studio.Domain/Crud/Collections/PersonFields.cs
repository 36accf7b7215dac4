using System.Text.RegularExpressions;
using Studio.Domain.Common;
using Studio.Domain.Persons;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// Zou's checks on the person fields a CRUD body sets, on creation and update alike: a valid e-mail, a role and a
/// contract type among Zou's codes, an assigned ISO 3166-1 country code (upper-cased), a locale Babel knows, a time zone pytz knows,
/// a display date format among Zou's three and an expiration date not in the past (the API checks it was written
/// <c>YYYY-MM-DD</c>). Only the fields sent are checked, so rows written before a rule existed stay editable.
/// </summary>
internal static partial class PersonFields
{
    // The officially assigned ISO 3166-1 alpha-2 codes, and XK (Kosovo), which the EU and most software use.
    private static readonly HashSet<string> Countries = new(
        ("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
        "UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW").Split(' '),
        StringComparer.Ordinal);

    /// <param name="row">The person with the body applied (values are normalized in place).</param>
    /// <param name="changes">The body: which fields were sent.</param>
    /// <param name="today">The server's date.</param>
    /// <param name="storedExpiration">On an update, the expiration date before it; null on a creation.</param>
    public static void Validate(Person row, CrudChanges<Person> changes, DateOnly today, DateOnly? storedExpiration = null)
    {
        if (!Roles.IsValid(row.Role))
        {
            throw new WrongParameterException("Invalid role");
        }

        if (changes.Contains("contract_type") && !ZouChoices.ContractTypes.Contains(row.ContractType))
        {
            throw new WrongParameterException("Invalid contract_type");
        }

        if (changes.Contains("country"))
        {
            // Blank is no country. ZOU: Zou takes any two ASCII letters (ZZ included); Studio only assigned codes.
            row.Country = string.IsNullOrWhiteSpace(row.Country) ? null : row.Country.Trim().ToUpperInvariant();
            if (row.Country is { } country && !Countries.Contains(country))
            {
                throw new WrongParameterException("Invalid country code, expected an ISO 3166-1 alpha-2 code.");
            }
        }

        if (changes.Contains("locale"))
        {
            // ZOU: blank is no locale; the column holds 10 characters, so a longer name is refused even if Babel knows it.
            var locale = row.Locale?.Trim();
            row.Locale = string.IsNullOrEmpty(locale) ? null
                : locale.Length <= 10 && PersonNames.Locale(locale) is { } known ? known
                : throw new WrongParameterException("Invalid locale, expected a name available in Python Babel (e.g. en_US, fr_FR).");
        }

        if (changes.Contains("display_date_format") && row.DisplayDateFormat is { } format && !ZouChoices.DisplayDateFormats.Contains(format))
        {
            throw new WrongParameterException("Invalid display_date_format, expected one of: YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY.");
        }

        // A past day is refused unless it is the date already stored, so that an expired bot stays editable.
        if (changes.TryGetValue("expiration_date", out DateOnly expiration) && expiration < today && expiration != storedExpiration)
        {
            throw new WrongParameterException("Expiration date can't be in the past.");
        }

        if (changes.Contains("email") && !string.IsNullOrWhiteSpace(row.Email))
        {
            EnsureEmail(row.Email.Trim());
        }

        if (changes.Contains("timezone") && row.Timezone is { } timezone)
        {
            // ZOU: nothing checks the name before the database column does, so the answer is its format error.
            row.Timezone = PersonNames.Timezone(timezone) ?? throw new IntegrityException(Persistence.DatabaseErrors.Format);
        }
    }

    /// <summary>ZOU: the e-mail goes through python's email_validator, whose explanation becomes the message.</summary>
    private static void EnsureEmail(string email)
    {
        var parts = email.Split('@');
        if (parts.Length != 2)
        {
            throw new WrongParameterException("The email address is not valid. It must have exactly one @-sign.");
        }

        if (parts[0].Length == 0 || parts[0].Any(char.IsWhiteSpace))
        {
            throw new WrongParameterException("The part before the @-sign is not valid.");
        }

        if (!Domain().IsMatch(parts[1]))
        {
            throw new WrongParameterException("The part after the @-sign is not valid. It should have a period.");
        }
    }

    [GeneratedRegex(@"^[^\s@.]+(\.[^\s@.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Domain();
}
