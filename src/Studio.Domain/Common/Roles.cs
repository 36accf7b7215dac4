namespace Studio.Domain.Common;

/// <summary>Zou's role codes (<c>ROLE_TYPES</c>), from most to least privileged.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Manager = "manager";
    public const string Supervisor = "supervisor";
    public const string User = "user";
    public const string Client = "client";
    public const string Vendor = "vendor";

    public static readonly IReadOnlyList<string> All = [Admin, Manager, Supervisor, User, Client, Vendor];

    public static bool IsValid(string? role) => role is not null && All.Contains(role);
}
