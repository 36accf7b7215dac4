namespace Studio.Domain.Persons;

/// <summary>The studio's organisation as the caller may see it: its chat integration tokens are for admins only.</summary>
public sealed record OrganisationView(Organisation Organisation, bool ShowsChatTokens);
