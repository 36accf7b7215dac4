namespace Studio.Domain.Persons;

/// <summary>Organisation columns that only admins see (Zou hides the chat integration tokens from others).</summary>
public static class OrganisationSecrets
{
    public static readonly IReadOnlyList<string> ChatTokenFields = ["chat_token_slack", "chat_webhook_mattermost", "chat_token_discord"];
}
