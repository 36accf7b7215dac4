using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The values Zou refuses in a person's fields, on creation by the admin and on update by the person.</summary>
public sealed class PersonFieldsTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private const string BadLocale = "Invalid locale, expected a name available in Python Babel (e.g. en_US, fr_FR).";
    private const string BadCountry = "Invalid country code, expected an ISO 3166-1 alpha-2 code.";

    private ApiClient Admin => fixture.Admin;

    [Theory]
    [InlineData("email", "not-an-email", "The email address is not valid. It must have exactly one @-sign.")]
    [InlineData("email", "jane@localhost", "The part after the @-sign is not valid. It should have a period.")]
    [InlineData("locale", "zz_ZZ", BadLocale)]
    [InlineData("locale", "english", BadLocale)]
    [InlineData("locale", "fr-FR", BadLocale)]
    [InlineData("locale", "en_US_POSIX", BadLocale)]
    [InlineData("country", "FRA", BadCountry)]
    [InlineData("country", "F1", BadCountry)]
    [InlineData("country", "ZZ", BadCountry)]
    [InlineData("country", "É", BadCountry)]
    [InlineData("contract_type", "forever", "Invalid contract_type")]
    [InlineData("display_date_format", "YYYY/DD/MM", "Invalid display_date_format, expected one of: YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY.")]
    [InlineData("role", "boss", "Invalid role")]
    [InlineData("expiration_date", "2099-01-01T10:00:00", "Expiration date is not valid.")]
    [InlineData("expiration_date", "2001-01-01", "Expiration date can't be in the past.")]
    public async Task Write_InvalidValue_AnswersZous400(string key, string value, string message)
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");

        var posted = await Admin.PostAsync("/data/persons", NewPerson(key, value));
        var put = await (key is "role" or "expiration_date" ? Admin : artist).PutAsync($"/data/persons/{artistId}", new JsonObject { [key] = value });

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal(message, posted.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, put.Status);
        Assert.Equal(message, put.Body!["message"]!.GetValue<string>());
    }

    /// <summary>ZOU: nothing checks a time zone before the database column, so the answer is its format error (no
    /// <c>error</c> key).</summary>
    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("Romance Standard Time")]
    [InlineData("localtime")]
    [InlineData("")]
    public async Task Write_UnknownTimezone_AnswersZousFormatError(string timezone)
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");

        var posted = await Admin.PostAsync("/data/persons", NewPerson("timezone", timezone));
        var put = await artist.PutAsync($"/data/persons/{artistId}", new { timezone });

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal("""{"message":"One of the provided values has an invalid format."}""", posted.Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, put.Status);
        Assert.Equal("""{"message":"One of the provided values has an invalid format."}""", put.Body!.ToJsonString());
    }

    [Fact]
    public async Task Write_ValidValues_AreAccepted_AndSpelledAsZouStoresThem()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");

        var created = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/persons", new JsonObject
        {
            ["first_name"] = "Good", ["last_name"] = "Values", ["email"] = $"good-{Guid.NewGuid():N}@example.com",
            ["locale"] = "en_US", ["country"] = " xk ", ["timezone"] = "America/New_York", ["expiration_date"] = "2099-12-31",
        });
        var updated = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{artistId}",
            new { country = "fr", locale = "fr_fr", timezone = "europe/paris", contract_type = "freelance", display_date_format = "DD/MM/YYYY" });
        var cleared = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{artistId}", new { country = "", locale = "", timezone = (string?)null });

        Assert.Equal("en_US", created!["locale"]!.GetValue<string>());
        Assert.Equal("XK", created["country"]!.GetValue<string>());
        Assert.Equal("America/New_York", created["timezone"]!.GetValue<string>());
        Assert.Equal("2099-12-31", created["expiration_date"]!.GetValue<string>());
        Assert.Equal("FR", updated!["country"]!.GetValue<string>());
        Assert.Equal("fr_FR", updated["locale"]!.GetValue<string>());
        Assert.Equal("Europe/Paris", updated["timezone"]!.GetValue<string>());
        Assert.Equal("DD/MM/YYYY", updated["display_date_format"]!.GetValue<string>());
        Assert.Null(cleared!["country"]);
        Assert.Null(cleared["locale"]);
        Assert.Null(cleared["timezone"]);
    }

    [Theory]
    [InlineData("zh_CN")]
    [InlineData("pt_BR")]
    [InlineData("sr_Latn")]
    [InlineData("es_419")]
    [InlineData("de")]
    public async Task Write_LocalesBabelKnows_AreAccepted(string locale)
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");

        var updated = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{artistId}", new { locale });

        Assert.Equal(locale, updated!["locale"]!.GetValue<string>());
    }

    /// <summary>ZOU: re-sending an expired person's own date is allowed (so an expired bot stays editable); another
    /// past date is not.</summary>
    [Fact]
    public async Task Update_PastExpirationDate_IsRefusedUnlessItIsTheStoredOne()
    {
        var (_, artistId) = await fixture.Factory.PersonAsync("user");
        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>().CreateDbContextAsync())
        {
            await db.Set<Person>().Where(p => p.Id == Guid.Parse(artistId))
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.ExpirationDate, new DateOnly(2001, 1, 1)));
        }

        var same = await Admin.PutAsync($"/data/persons/{artistId}", new { expiration_date = "2001-01-01", first_name = "Still" });
        var past = await Admin.PutAsync($"/data/persons/{artistId}", new { expiration_date = "2000-01-01" });

        Assert.Equal(HttpStatusCode.OK, same.Status);
        Assert.Equal(HttpStatusCode.BadRequest, past.Status);
        Assert.Equal("Expiration date can't be in the past.", past.Body!["message"]!.GetValue<string>());
    }

    private static JsonObject NewPerson(string key, string value) => new()
    {
        ["first_name"] = "Bad", ["last_name"] = "Value", ["email"] = $"bad-{Guid.NewGuid():N}@example.com", [key] = value,
    };
}
