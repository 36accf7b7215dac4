using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Studio.Domain.Persons;

namespace Studio.Web.Auth;

/// <summary>The tokens of invitation links: Identity's data-protected tokens, under their own name and a week long.</summary>
public sealed class InvitationTokenProvider(IDataProtectionProvider protection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<Person>> logger)
    : DataProtectorTokenProvider<Person>(protection, options, logger);

/// <summary>ZOU: an invitation's link works for a week.</summary>
public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = "InvitationDataProtectorTokenProvider";
        TokenLifespan = TimeSpan.FromDays(7);
    }
}
