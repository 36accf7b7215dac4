using Studio.Domain.Common;

namespace Studio.Web.Api.Zou;

public static class Ids
{
    // ZOU: a malformed id in a path is a 400 "Malformed ID." with "data": null.
    public static Guid Parse(string id) =>
        Guid.TryParse(id, out var value) ? value : throw new WrongParameterException("Malformed ID.");
}
