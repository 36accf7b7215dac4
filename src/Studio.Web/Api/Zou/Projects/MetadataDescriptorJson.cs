using System.Text.Json.Nodes;
using Studio.Domain.Projects;

namespace Studio.Web.Api.Zou.Projects;

/// <summary>Zou's shape of a metadata descriptor: its columns, <c>type</c>, then its departments' ids.</summary>
public static class MetadataDescriptorJson
{
    public static JsonObject Row(MetadataDescriptorWithDepartments descriptor) =>
        ZouSerializer.SerializeThen(descriptor.Descriptor, new Dictionary<string, List<Guid>> { ["departments"] = [.. descriptor.Departments] });

    public static JsonArray List(IEnumerable<MetadataDescriptorWithDepartments> descriptors) => [.. descriptors.Select(d => (JsonNode?)Row(d))];
}
