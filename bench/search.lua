-- Participant searches for names in every script of the region, one after another (bench/run.sh).
local queries = {
    "/participants?q=nguyen", -- nguyen
    "/participants?q=%E0%B8%AA%E0%B8%A1%E0%B8%8A%E0%B8%B2%E0%B8%A2", -- สมชาย
    "/participants?q=%E0%B9%83%E0%B8%88%E0%B8%94%E0%B8%B5", -- ใจดี
    "/participants?q=%E0%BA%AA%E0%BA%BB%E0%BA%A1%E0%BA%9E%E0%BA%AD%E0%BA%99", -- ສົມພອນ
    "/participants?q=%E0%BA%A7%E0%BA%BB%E0%BA%87%E0%BA%AA%E0%BA%B2", -- ວົງສາ
    "/participants?q=%E1%9E%9F%E1%9E%BB%E1%9E%81", -- សុខ
    "/participants?q=%E1%80%A1%E1%80%B1%E1%80%AC%E1%80%84%E1%80%BA", -- အောင်
    "/participants?q=%E7%8E%8B", -- 王
    "/participants?q=Tr%E1%BA%A7n", -- Trần
    "/participants?q=Somphone", -- Somphone
    "/participants?q=Aung", -- Aung
    "/participants?q=Kanokwan", -- Kanokwan
    "/participants?q=le%20thi", -- le thi
    "/participants?q=%E6%9D%8E", -- 李
}
local i = 0
request = function()
    i = i % #queries + 1
    return wrk.format("GET", queries[i])
end
