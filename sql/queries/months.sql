-- The months of follow-up, for choosing a period.
select month from mart_months order by month
