using System.Text.Json.Nodes;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persons;
using Studio.Web.Api.Zou;

namespace Studio.Web.Api.Departments;

/// <summary>Zou's <c>departments</c> blueprint: the software licences and hardware items of each department.</summary>
public static class DepartmentsEndpoints
{
    public static IEndpointRouteBuilder MapDepartmentsEndpoints(this IEndpointRouteBuilder api)
    {
        var departments = api.MapGroup("/data/departments").WithTags("Departments");
        departments.MapGet("/software-licenses", AllSoftware).WithName("Departments_AllSoftware").WithSummary("Every department's software, by department id");
        departments.MapGet("/{department_id}/software-licenses", Software).WithName("Departments_Software").WithSummary("A department's software");
        departments.MapPost("/{department_id}/software-licenses", AddSoftware).WithName("Departments_AddSoftware").WithSummary("Give a department a software");
        departments.MapGet("/{department_id}/software-licenses/{software_id}", OneSoftware).WithName("Departments_OneSoftware")
            .WithSummary("One software of a department (404 when the department does not use it)");
        departments.MapDelete("/{department_id}/software-licenses/{software_id}", RemoveSoftware).WithName("Departments_RemoveSoftware")
            .WithSummary("Take a software from a department");
        departments.MapGet("/hardware-items", AllHardware).WithName("Departments_AllHardware").WithSummary("Every department's hardware items, by department id");
        departments.MapGet("/{department_id}/hardware-items", Hardware).WithName("Departments_Hardware").WithSummary("A department's hardware items");
        departments.MapPost("/{department_id}/hardware-items", AddHardware).WithName("Departments_AddHardware").WithSummary("Give a department a hardware item");
        departments.MapGet("/{department_id}/hardware-items/{hardware_item_id}", OneHardware).WithName("Departments_OneHardware")
            .WithSummary("One hardware item of a department (404 when the department does not use it)");
        departments.MapDelete("/{department_id}/hardware-items/{hardware_item_id}", RemoveHardware).WithName("Departments_RemoveHardware")
            .WithSummary("Take a hardware item from a department");
        return api;
    }

    private static async Task<IResult> AllSoftware(Actor actor, DepartmentEquipmentService equipment, CancellationToken cancellationToken) =>
        ZouResults.Json(ByDepartment(await equipment.AllSoftwareAsync(actor, cancellationToken)));

    private static async Task<IResult> Software(ZouId department_id, Actor actor, DepartmentEquipmentService equipment, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await equipment.SoftwareOfAsync(actor, department_id, cancellationToken)));

    private static async Task<IResult> OneSoftware(ZouId department_id, ZouId software_id, Actor actor, DepartmentEquipmentService equipment, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.Serialize((await equipment.SoftwareOfAsync(actor, department_id, cancellationToken)).FirstOrDefault(s => s.Id == software_id)
            ?? throw new NotFoundException()));

    private static async Task<IResult> AddSoftware(ZouId department_id, HttpRequest request, Actor actor, DepartmentEquipmentService equipment, CancellationToken cancellationToken)
    {
        var software = RequiredId(await JsonBody.ReadObjectAsync(request, cancellationToken), "software_id");
        return ZouResults.Created(ZouSerializer.Serialize(await equipment.AddSoftwareAsync(actor, department_id, software, cancellationToken)));
    }

    private static async Task<IResult> RemoveSoftware(ZouId department_id, ZouId software_id, Actor actor, DepartmentEquipmentService equipment, CancellationToken cancellationToken)
    {
        await equipment.RemoveSoftwareAsync(actor, department_id, software_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> AllHardware(Actor actor, DepartmentEquipmentService equipment, CancellationToken cancellationToken) =>
        ZouResults.Json(ByDepartment(await equipment.AllHardwareAsync(actor, cancellationToken)));

    private static async Task<IResult> Hardware(ZouId department_id, Actor actor, DepartmentEquipmentService equipment, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await equipment.HardwareOfAsync(actor, department_id, cancellationToken)));

    private static async Task<IResult> OneHardware(ZouId department_id, ZouId hardware_item_id, Actor actor, DepartmentEquipmentService equipment, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.Serialize((await equipment.HardwareOfAsync(actor, department_id, cancellationToken)).FirstOrDefault(h => h.Id == hardware_item_id)
            ?? throw new NotFoundException()));

    private static async Task<IResult> AddHardware(ZouId department_id, HttpRequest request, Actor actor, DepartmentEquipmentService equipment, CancellationToken cancellationToken)
    {
        var item = RequiredId(await JsonBody.ReadObjectAsync(request, cancellationToken), "hardware_item_id");
        return ZouResults.Created(ZouSerializer.Serialize(await equipment.AddHardwareAsync(actor, department_id, item, cancellationToken)));
    }

    private static async Task<IResult> RemoveHardware(ZouId department_id, ZouId hardware_item_id, Actor actor, DepartmentEquipmentService equipment, CancellationToken cancellationToken)
    {
        await equipment.RemoveHardwareAsync(actor, department_id, hardware_item_id, cancellationToken);
        return Results.NoContent();
    }

    /// <summary>ZOU: <c>{"&lt;department_id&gt;": [items…]}</c>.</summary>
    private static JsonObject ByDepartment<T>(IReadOnlyDictionary<Guid, IReadOnlyList<T>> items)
        where T : class
    {
        var result = new JsonObject();
        foreach (var (department, rows) in items)
        {
            result[department.ToString()] = ZouSerializer.SerializeList(rows);
        }

        return result;
    }

    private static Guid RequiredId(JsonObject body, string key) =>
        JsonBody.GetString(body, key) is { } text && Guid.TryParse(text, out var id)
            ? id
            : throw ValidationException.For(key, body.ContainsKey(key) ? "Input should be a valid UUID" : "Field required");
}
