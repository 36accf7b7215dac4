using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Studio.Domain.Common;
using Studio.Domain.Persons;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// Zou's checks on the person fields a CRUD body sets (§1.0): a valid e-mail, a Babel locale, an ISO-3166 country
/// (upper-cased), and the codes of the contract types and date formats. Only the fields sent are checked, so rows
/// written before a rule existed stay editable.
/// </summary>
internal static partial class PersonFields
{
    private static readonly HashSet<string> Countries = new(
        ("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
        "UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").Split(' '),
        StringComparer.Ordinal);

    public static void Validate(Person row, JsonObject data)
    {
        if (data.ContainsKey("email") && !string.IsNullOrWhiteSpace(row.Email))
        {
            EnsureEmail(row.Email.Trim());
        }

        if (data.ContainsKey("locale") && row.Locale is { } locale && !Locale().IsMatch(locale))
        {
            // ZOU: Babel's UnknownLocaleError text.
            throw new WrongParameterException($"unknown locale '{locale}'");
        }

        if (data.ContainsKey("country") && !string.IsNullOrEmpty(row.Country))
        {
            row.Country = row.Country.ToUpperInvariant();
            if (!Countries.Contains(row.Country))
            {
                // ZOU: sqlalchemy-utils' Country error text.
                throw new WrongParameterException($"Could not convert string to country code: {row.Country}");
            }
        }

        if (data.ContainsKey("contract_type") && !ZouChoices.ContractTypes.Contains(row.ContractType))
        {
            throw new WrongParameterException("Invalid contract_type");
        }

        if (data.ContainsKey("display_date_format") && row.DisplayDateFormat is { } format && !ZouChoices.DisplayDateFormats.Contains(format))
        {
            throw new WrongParameterException("Invalid display_date_format");
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

    [GeneratedRegex(@"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|[0-9]{3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Locale();

    [GeneratedRegex(@"^[^\s@.]+(\.[^\s@.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Domain();
}
