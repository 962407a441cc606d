// Where a sourced figure sits in its scenario, in the player's language: "美国 › 研究员年薪" for
// regions[us].researcherCostPerYear. English keeps the loader's own description.
import type { Scenario } from '../engine';
import { getLanguage } from '../i18n';
import { named, regionName, scenarioText, segmentName } from './scenario-text';

/** The scenario file's field names as a Chinese reader says them (the fields that carry source notes). */
const ZH_FIELDS: Record<string, string> = {
  regions: '地区', labs: '实验室', chips: '芯片', techniques: '技术', verticals: '行业', events: '事件', models: '模型',
  segments: '细分市场', enterprise: '企业市场', world: '世界规则', appetite: '投资热度', objectives: '目标', choices: '选项',
  effects: '效果', conditions: '条件', markets: '市场', prices: '价格', sales: '销售窗口',
  rentals: '租赁', renters: '租户', greyMarket: '灰色市场', startingShares: '开局份额', spend: '支出',
  activeParams: '激活参数', totalParams: '总参数', effectiveCompute: '有效算力', algorithmicGainPerQuarter: '每季度算法增益',
  amount: '金额', applications: '应用层', foundation: '基础模型层', baseCompute: '基准算力',
  capability: '能力', capabilityBonus: '能力加成', capabilityWeight: '能力权重', capacity: '总容量', cash: '现金',
  chancePercent: '概率（%）', communicationRecovery: '通信损失回收', computeVoucherShare: '算力券比例', computeVoucherBudgetPerQuarter: '每季度算力券预算',
  cost: '成本', cutOffPercent: '断供概率（%）', denseScalingPenalty: '稠密训练损失', depreciationQuarters: '折旧季度数',
  domesticUtilisation: '国产芯片利用率加成', elasticity: '价格弹性', engineerCostPerYear: '工程师年薪', engineerQuarters: '工程师季度数',
  engineers: '工程师', enterpriseTokensPerDollar: '企业市场每美元 token 数', equity: '创始人持股', equityShare: '出让股权',
  factor: '倍数', foundationShareOfCapital: '基础模型层资金占比', infrastructureShareOfCapital: '基础设施层资金占比',
  cloudRentals: '游戏外客户租用的云算力', hoursPerQuarter: '每季度租用的芯片小时数', outsideChips: '游戏外云的芯片数', outsideGrowthPerQuarter: '游戏外云的芯片每季度增长', infrastructure: '基础设施层', freeUse: '免费用户用量', frontierGainPerQuarter: '前沿每季度进步',
  frontierStart: '开局前沿', frontierValue: '前沿溢价', frontierValueGrowthPerQuarter: '前沿溢价每季度增长', growthPerQuarter: '每季度增长',
  homeBias: '本土偏好', acquisitionCost: '每名新用户的获客成本', contractBias: '企业合同对外地卖家的偏好', hostEffectiveFlops: '托管 GPU 有效算力', hostGpuHourPrice: '托管 GPU 小时价格', inGameHostShare: '游戏内托管份额',
  inferenceEfficiency: '推理效率', inferenceUtilisation: '推理利用率', leadQuarters: '交货季度数', licenceFee: '许可费',
  maxUnits: '单家上限', memoryGb: '显存（GB）', minCapability: '最低能力', modelMakerMargin: '模型厂商门槛', openHostMarkup: '开源托管加价',
  outsideUtility: '场外选项效用', overheadPerHeadPerYear: '人均年日常开支', paidShare: '付费比例', peakFlops: '峰值算力',
  points: '分数', pointsPerDecade: '每十倍算力的分数', powerKw: '功耗（千瓦）', powerPricePerKwh: '电价（每千瓦时）', premium: '溢价',
  price: '价格', priceDeclinePerQuarter: '每季度降价', pricePerHour: '每小时租金', priceWeight: '价格权重',
  productRevenuePerEngineer: '每名工程师产品收入', publishedCostShare: '已公开技术的成本比例', rank: '名次', referencePrice: '参考价',
  reputation: '声誉', reputationWeight: '声誉权重', researchFlopUnit: '研究算力单位', researcherCostPerYear: '研究员年薪',
  researchers: '研究员', revenueMultiple: '收入倍数', revenuePerEngineer: '每名工程师合同收入', revenuePerEngineerByRegion: '各地区每名工程师合同收入', seizurePercent: '查获概率（%）',
  servingCostDeclinePerQuarter: '推理成本每季度下降', share: '比例', spendPerQuarter: '每季度支出', stickiness: '黏性',
  talentElasticity: '人才市场弹性', tokensPerDollar: '每美元 token 数', trainingEfficiency: '训练效率',
  trainingFailurePercent: '训练失败概率（%）', trainingUtilisation: '训练利用率', unitsPerQuarter: '每季度数量',
  ventureCapitalPerQuarter: '每季度风投资金', weightBytes: '每个权重的字节数',
  split: '开局算力分配', units: '数量', training: '训练', inference: '推理服务', research: '研究'
};

/** Objects keyed by an id rather than a field name: a lab's chips and prices, the segments, a segment's starting shares, a vertical's spend. */
const RECORDS_BY_ID: Record<string, (scenario: Scenario, id: string) => string> = {
  chips: (scenario, id) => named(scenario, 'chips', id),
  startingShares: (scenario, id) => { const lab = scenario.labs.find((l) => l.id === id); return lab ? scenarioText(scenario, `labs[${id}].name`, lab.name) : id; },
  spend: (scenario, id) => regionName(scenario, id),
  segments: (scenario, id) => segmentName(scenario, id),
  markets: (scenario, id) => segmentName(scenario, id),
  prices: (scenario, id) => segmentName(scenario, id),
  revenuePerEngineerByRegion: (scenario, id) => regionName(scenario, id),
  contractBias: (scenario, id) => regionName(scenario, id),
};

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A sourced figure's place for the sources table; `own` is the loader's English description. */
export function figureLabel(scenario: Scenario, key: string | undefined, own: string): string {
  if (!key || getLanguage() !== 'zh-CN') return own;
  const words: string[] = [];
  let node: unknown = scenario;
  let at = '';
  for (const part of key.match(/\[[^\]]*\]|[^.[\]]+/g) ?? []) {
    if (part.startsWith('[')) {
      const ref = part.slice(1, -1);
      const item: unknown = Array.isArray(node) ? (/^\d+$/.test(ref) ? node[Number(ref)] : node.find((x) => isRecord(x) && x['id'] === ref)) : undefined;
      at += part;
      const field = isRecord(item) ? ['name', 'headline', 'label'].find((f) => typeof item[f] === 'string') : undefined;
      words.push(field && isRecord(item) ? scenarioText(scenario, `${at}.${field}`, item[field] as string) : /^\d+$/.test(ref) ? `#${Number(ref) + 1}` : ref);
      node = item;
    } else {
      const record = RECORDS_BY_ID[at.slice(at.lastIndexOf('.') + 1)];
      at = at ? `${at}.${part}` : part;
      words.push(record ? record(scenario, part) : ZH_FIELDS[part] ?? part);
      node = isRecord(node) ? node[part] : undefined;
    }
  }
  return words.join(' › ');
}
