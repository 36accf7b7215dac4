using System.Text.Json.Nodes;
using Studio.Domain.Persons;

namespace Studio.Web.Api.Zou.Persons;

/// <summary>Zou's shape of the organisation.</summary>
public static class OrganisationJson
{
    /// <summary>The organisation's row; ZOU: without the chat token keys at all (not nulled) for a caller who may not see them.</summary>
    public static JsonObject Visible(OrganisationView view)
    {
        var json = ZouSerializer.Serialize(view.Organisation);
        if (!view.ShowsChatTokens)
        {
            foreach (var key in OrganisationSecrets.ChatTokenFields)
            {
                json.Remove(key);
            }
        }

        return json;
    }
}
